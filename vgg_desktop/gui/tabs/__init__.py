"""The five tabs of the main window, one module each, on a shared base (`base.RecordTab`)."""
