"""Generated from the genome's Group entity; `copier update` rewrites this package.

Change behaviour in apps/group/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
