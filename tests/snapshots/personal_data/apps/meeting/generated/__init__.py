"""Generated from the genome's Meeting entity; `copier update` rewrites this package.

Change behaviour in apps/meeting/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
