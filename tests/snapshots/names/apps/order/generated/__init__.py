"""Generated from the genome's Order entity; `copier update` rewrites this package.

Change behaviour in apps/order/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
