"""Generated from the genome's CardiovascularRehabilitationProgramEnrollmentStatusChangeLog entity; `copier update` rewrites this package.

Change behaviour in apps/cardiovascular_rehabilitation_program_enrollment_status_6b035a/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
