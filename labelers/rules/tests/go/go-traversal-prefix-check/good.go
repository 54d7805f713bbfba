package main

import (
	"path"
	"strings"
)

func resolve(request string) string {
	cleaned := path.Clean("/srv/" + request)
	if strings.HasPrefix(cleaned, "/srv/") {
		return cleaned
	}
	return ""
}
