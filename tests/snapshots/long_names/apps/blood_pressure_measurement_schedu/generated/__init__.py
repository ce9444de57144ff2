"""Generated from the genome's BloodPressureMeasurementSchedu entity; `copier update` rewrites this package.

Change behaviour in apps/blood_pressure_measurement_schedu/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
