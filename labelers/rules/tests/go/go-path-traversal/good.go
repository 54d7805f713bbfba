package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

func read(base, name string) ([]byte, error) {
	full := filepath.Join(base, name)
	rel, err := filepath.Rel(base, full)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, errors.New("outside base")
	}
	return os.ReadFile(full)
}
