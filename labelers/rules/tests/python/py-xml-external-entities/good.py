from lxml import etree


def parse_config(text):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(text, parser)
