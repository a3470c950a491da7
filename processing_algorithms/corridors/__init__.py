"""Corridor and connectivity algorithms (toolbox group 'Corridors and connectivity').

One module per algorithm; helpers shared by the group live in common.py.
"""
