"""Map and report algorithms (toolbox group 'Maps and reports').

One module per algorithm; helpers shared by the group live in common.py.
"""
