"""Generated from the genome's Profile entity; `copier update` rewrites this package.

Change behaviour in apps/profile/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
