"""Generated from the genome's Booking entity; `copier update` rewrites this package.

Change behaviour in apps/booking/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
