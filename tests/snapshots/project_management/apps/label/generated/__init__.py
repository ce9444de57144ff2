"""Generated from the genome's Label entity; `copier update` rewrites this package.

Change behaviour in apps/label/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
