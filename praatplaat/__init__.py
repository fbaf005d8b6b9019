"""Praatplaat engine: a service vision in YAML -> one scene -> Plotly, PNG, SVG, PDF and HTML.

Never imports Streamlit; the studio lives in app.py and components/.
"""
