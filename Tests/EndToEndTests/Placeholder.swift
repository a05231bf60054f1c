// End-to-end tests that drive the built binary in tmux live here (issue 4).
