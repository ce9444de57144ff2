"""Generated from the genome's Project entity; `copier update` rewrites this package.

Change behaviour in apps/project/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
