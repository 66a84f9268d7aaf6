"""Floor 5 of core: a challenge in the order a run passes through it (model, store, templates, binding, inputs, run)."""
