package main

import "strings"

func resolve(request string) string {
	if strings.HasPrefix(request, "..") {
		return ""
	}
	return "/srv/" + request
}
