#include <libxml/parser.h>

xmlDocPtr parse_config(const char *buffer, int length) {
    return xmlReadMemory(buffer, length, "config.xml", NULL, XML_PARSE_NOENT | XML_PARSE_NONET);
}
