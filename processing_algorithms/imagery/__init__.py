"""Imagery algorithms (toolbox group 'Imagery').

One module per algorithm; helpers shared by the group live in common.py.
"""
