"""Generated from the genome's Comment entity; `copier update` rewrites this package.

Change behaviour in apps/comment/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
