"""Pure extraction stages: text in, plain values out. No Flask, no database."""
