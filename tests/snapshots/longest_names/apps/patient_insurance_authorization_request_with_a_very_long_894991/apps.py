from django.apps import AppConfig


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXConfig(AppConfig):
    name = "apps.patient_insurance_authorization_request_with_a_very_long_894991"
    label = "patient_insurance_authorization_request_with_a_very_long_894991"
    verbose_name = (
        "Patient insurance authorization request with a very long name indeed xes"
    )
