"""Benchmarks of VGG Desktop against bare baselines, and the data generator they run on."""
