"""Generated from the genome's Visit entity; `copier update` rewrites this package.

Change behaviour in apps/visit/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
