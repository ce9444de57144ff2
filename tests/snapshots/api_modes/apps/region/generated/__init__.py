"""Generated from the genome's Region entity; `copier update` rewrites this package.

Change behaviour in apps/region/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
