"""Generated from the genome's ReferenceCodeForCardiovascularRehabilitationProgramsInClinic entity; `copier update` rewrites this package.

Change behaviour in apps/reference_code_for_cardiovascular_rehabilitation_program_57b649/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
