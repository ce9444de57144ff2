"""Generated from the genome's PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX entity; `copier update` rewrites this package.

Change behaviour in apps/patient_insurance_authorization_request_with_a_very_long_894991/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
