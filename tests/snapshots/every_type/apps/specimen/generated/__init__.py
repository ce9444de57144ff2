"""Generated from the genome's Specimen entity; `copier update` rewrites this package.

Change behaviour in apps/specimen/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
