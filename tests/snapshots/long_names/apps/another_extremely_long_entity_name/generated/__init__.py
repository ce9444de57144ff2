"""Generated from the genome's AnotherExtremelyLongEntityName entity; `copier update` rewrites this package.

Change behaviour in apps/another_extremely_long_entity_name/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
