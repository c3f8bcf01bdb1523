"""The four tabs of the main window, one module each, on a shared base (`base.RecordTab`)."""
