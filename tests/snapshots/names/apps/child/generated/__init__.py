"""Generated from the genome's Child entity; `copier update` rewrites this package.

Change behaviour in apps/child/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
