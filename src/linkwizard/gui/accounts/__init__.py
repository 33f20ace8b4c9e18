"""The accounts screen: the side panel and its rows, an account's details and what its buttons do."""
