from django.apps import AppConfig


class PatientInsuranceAuthorizationRequestConfig(AppConfig):
    name = "apps.patient_insurance_authorization_request"
    label = "patient_insurance_authorization_request"
    verbose_name = "Patient insurance authorization requests"
