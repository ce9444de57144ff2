"""Generated from the genome's PatientInsuranceAuthorizationRequest entity; `copier update` rewrites this package.

Change behaviour in apps/patient_insurance_authorization_request/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
