"""Generated from the genome's CaseNote entity; `copier update` rewrites this package.

Change behaviour in apps/case_note/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
