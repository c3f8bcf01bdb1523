"""Table models over the services' frozen values, and the proxy that filters and sorts them."""
