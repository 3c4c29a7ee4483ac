"""Agendas from what organisers already have (issue 15): each format is read into a Draft
(draft.py), the guesses every format shares are made on it (guess.py), and it is written
as a commented agenda in our YAML (write_yaml.py)."""
