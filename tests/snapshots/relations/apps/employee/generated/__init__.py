"""Generated from the genome's Employee entity; `copier update` rewrites this package.

Change behaviour in apps/employee/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
