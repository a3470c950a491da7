"""Coral reef and seagrass algorithms (toolbox group 'Coral reef and seagrass').

One module per algorithm; helpers shared by the group live in common.py.
"""
