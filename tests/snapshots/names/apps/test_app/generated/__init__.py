"""Generated from the genome's Test entity; `copier update` rewrites this package.

Change behaviour in apps/test_app/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
