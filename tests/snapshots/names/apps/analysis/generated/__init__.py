"""Generated from the genome's Analysis entity; `copier update` rewrites this package.

Change behaviour in apps/analysis/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
