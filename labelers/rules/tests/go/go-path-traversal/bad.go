package main

import (
	"os"
	"path/filepath"
)

func read(base, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(base, name))
}
