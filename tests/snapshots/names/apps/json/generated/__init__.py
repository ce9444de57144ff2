"""Generated from the genome's Json entity; `copier update` rewrites this package.

Change behaviour in apps/json/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
