"""Habitat mapping algorithms (toolbox group 'Habitat mapping').

One module per algorithm; helpers shared by the group live in common.py.
"""
