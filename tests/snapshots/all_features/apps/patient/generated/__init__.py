"""Generated from the genome's Patient entity; `copier update` rewrites this package.

Change behaviour in apps/patient/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
