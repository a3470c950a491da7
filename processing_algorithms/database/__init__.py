"""Provincial database algorithms (toolbox group 'Provincial database').

One module per algorithm; helpers shared by the group live in common.py.
"""
