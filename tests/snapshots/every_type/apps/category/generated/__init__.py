"""Generated from the genome's Category entity; `copier update` rewrites this package.

Change behaviour in apps/category/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
