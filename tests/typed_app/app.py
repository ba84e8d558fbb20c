"""A small typed app over the four clients, written the way an importing developer would.

Never run against a vendor: ``tests/unit/test_typed_app.py`` type-checks it with ``mypy --strict``.
It must need no ``isinstance``, ``assert`` or ``cast`` only to please the type checker: the
operations return their success model (errors are raised), ``x is UNSET`` narrows (each
package has its own ``UNSET``: compare with the one of the model's package), and ``x or
default`` reads an optional, nullable field (``UNSET`` is falsy).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import mycrmsim_client
import salesmanago_client
import salesmsg_client
import sendjim_client
from mycrmsim_client.api.messages import messages_send as crm_send
from mycrmsim_client.api.users import user_locations_get
from mycrmsim_client.models import SendMessageRequest
from mycrmsim_client.types import UNSET as CRM_UNSET
from salesmanago_client.api.contact_management import contact_basic
from salesmanago_client.models import ContactBasicRequest
from salesmanago_client.types import UNSET as SM_UNSET
from salesmsg_client.api.contacts import contacts_get, contacts_list
from salesmsg_client.api.messages import messages_send
from salesmsg_client.models import ContactsListRequest
from salesmsg_client.types import UNSET
from sendjim_client.api.contacts import contacts_list as sendjim_contacts
from sendjim_client.types import UNSET as SJ_UNSET


@dataclass
class Person:
    """One contact, whichever vendor it comes from."""

    vendor: str
    name: str
    email: str | None
    phone: str | None


def salesmanago_people(client: salesmanago_client.Client, emails: list[str]) -> list[Person]:
    """SALESmanago contacts by email; a contact state the vendor added later is kept as it is."""
    reply = contact_basic.sync(client=client, body=ContactBasicRequest(email=emails))
    people = []
    if reply.contacts is SM_UNSET:
        return []
    for contact in reply.contacts:
        name = "" if contact.name is SM_UNSET else contact.name
        email = None if contact.email is SM_UNSET else contact.email
        state = "?" if contact.state is SM_UNSET else contact.state.value
        people.append(Person("salesmanago", f"{name} [{state}]", email, None))
    return people


def salesmsg_people(client: salesmsg_client.Client, search: str) -> list[Person]:
    """Salesmsg contacts matching ``search``, first page."""
    page = contacts_list.sync(client=client, body=ContactsListRequest(search=search, page=1))
    people = []
    for contact in page.data:
        name = contact.full_name or ""
        email = contact.email or None
        phone = contact.number or None
        people.append(Person("salesmsg", name, email, phone))
    return people


def salesmsg_pages(client: salesmsg_client.Client) -> int:
    """How many pages of contacts Salesmsg has."""
    page = contacts_list.sync(client=client, body=ContactsListRequest(page=1))
    if page.meta is UNSET or page.meta.last_page is UNSET:
        return 1
    return page.meta.last_page


def salesmsg_greet(client: salesmsg_client.Client, contact_id: int, team_id: int) -> int:
    """Send a greeting to one Salesmsg contact; the new message's id."""
    contact = contacts_get.sync(contact_id, client=client)
    number = contact.number or ""
    message = messages_send.sync(client=client, number=number, team_id=team_id, message="Hello!")
    return message.id


def sendjim_people(client: sendjim_client.Client) -> list[Person]:
    """Every SendJim contact, page by page."""
    people: list[Person] = []
    page_number = 1
    while True:
        page = sendjim_contacts.sync(client=client, page=page_number)
        if page.contacts is SJ_UNSET:
            break
        for contact in page.contacts:
            first = contact.first_name or ""
            last = contact.last_name or ""
            email = contact.email or None
            people.append(Person("sendjim", f"{first} {last}".strip(), email, None))
        if page.total_number_of_pages is SJ_UNSET or page_number >= page.total_number_of_pages:
            break
        page_number += 1
    return people


def mycrmsim_locations(client: mycrmsim_client.Client) -> list[str]:
    """The ids of the myCRMSIM locations the user can send from."""
    info = user_locations_get.sync(client=client)
    if info.data.locations is CRM_UNSET:
        return []
    return [location.id for location in info.data.locations]


def mycrmsim_send(client: mycrmsim_client.Client, phone: str, text: str) -> str:
    """Send one SMS from the first location; the vendor's status."""
    locations = mycrmsim_locations(client)
    reply = crm_send.sync(client=client, body=SendMessageRequest(phone=phone, location_id=locations[0], message=text))
    return f"{reply.status} at {reply.sent_at.isoformat()}"


async def salesmsg_contact_names(client: salesmsg_client.Client, ids: list[int]) -> list[str]:
    """Several Salesmsg contacts at once."""
    contacts = await asyncio.gather(*(contacts_get.asyncio(contact_id, client=client) for contact_id in ids))
    return [contact.full_name or str(contact.id) for contact in contacts]


def report(people: list[Person]) -> str:
    """One line per person."""
    return "\n".join(f"{p.vendor:12} {p.name:30} {p.email or '-':30} {p.phone or '-'}" for p in people)


def everyone(
    sm: salesmanago_client.Client, msg: salesmsg_client.Client, sj: sendjim_client.Client, emails: list[str]
) -> str:
    """The people of three vendors in one report; a vendor error names its vendor."""
    people: list[Person] = []
    try:
        people += salesmanago_people(sm, emails)
        people += salesmsg_people(msg, "a")
        people += sendjim_people(sj)
    except (salesmanago_client.APIError, salesmsg_client.APIError, sendjim_client.APIError) as error:
        return f"failed: {error}"
    return report(people)
