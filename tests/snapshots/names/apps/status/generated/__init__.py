"""Generated from the genome's Status entity; `copier update` rewrites this package.

Change behaviour in apps/status/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
