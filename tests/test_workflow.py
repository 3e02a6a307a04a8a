"""Workflow operations replayed from cassettes built on NP6's documented examples."""

from __future__ import annotations

import datetime

import httpx
import pytest

from np6 import Client
from np6.api.workflow import (
    create_workflow,
    delete_workflow,
    duplicate_workflow,
    list_workflow_capping,
    list_workflow_nodes,
    list_workflow_tasks,
    replace_workflow,
    update_workflow,
)
from np6.models import CappingPeriodUnit, Workflow, WorkflowNode, WorkflowState

UTC = datetime.UTC

NODES = [
    {"type": "sendMail", "id": "welcome", "name": "Welcome email", "default": True, "next": "wait"},
    {"type": "sleep", "id": "wait", "name": "Wait 2 days", "next": "reminder"},
    {"type": "sendSms", "id": "reminder", "name": "Reminder SMS"},
]


@pytest.mark.vcr
def test_create_workflow(client: Client) -> None:
    body = Workflow.from_dict(
        {
            "name": "Welcome journey",
            "description": "Welcome email then a reminder SMS",
            "state": 0,
            "scripting": {"version": "7.0.0"},
            "settings": {},
            "listeners": [],
            "capping": [],
            "nodes": NODES,
            "tasks": [],
        }
    )
    assert [n.next_ for n in body.nodes] == ["wait", "reminder", None]
    response = create_workflow.sync_detailed(client=client, body=body)
    assert response.status_code == 204


@pytest.mark.vcr
def test_replace_workflow(client: Client) -> None:
    body = Workflow.from_dict(
        {
            "id": 812,
            "name": "Welcome journey",
            "description": "Welcome email only",
            "state": 1,
            "creationDate": "2025-03-01T09:00:00Z",
            "updateDate": "2025-03-02T09:00:00Z",
            "scripting": {"version": "7.0.0"},
            "settings": {},
            "listeners": [],
            "capping": [],
            "nodes": [{"type": "sendMail", "id": "welcome", "name": "Welcome email", "default": True}],
            "tasks": [],
        }
    )
    assert replace_workflow.sync(812, client=client, body=body) is None


@pytest.mark.vcr
def test_update_workflow(client: Client) -> None:
    workflow = update_workflow.sync(812, client=client)
    assert (workflow.id, workflow.name) == (812, "Welcome journey")
    assert workflow.state is WorkflowState.VALUE_1
    assert workflow.update_date == datetime.datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    assert workflow.scripting.version == "7.0.0"
    assert workflow.scripting.imports == []
    (node,) = workflow.nodes
    assert (node.type_, node.id, node.default) == ("sendMail", "welcome", True)


@pytest.mark.vcr
def test_delete_workflow(client: Client) -> None:
    assert delete_workflow.sync_detailed(812, client=client).status_code == 204


@pytest.mark.vcr
def test_duplicate_workflow(client: Client) -> None:
    copy = duplicate_workflow.sync(812, client=client)
    assert copy.id == 813
    assert copy.state is WorkflowState.VALUE_0
    (listener,) = copy.listeners
    assert (listener.name, listener.handler) == ("On unsubscribe", "stop")
    assert listener.event.type_ == "literal"
    (rule,) = copy.capping
    assert (rule.increment, rule.threshold) == (1, 3)
    assert rule.period.unit is CappingPeriodUnit.WEEK
    assert rule.nodes == ["welcome"]
    assert [n.type_ for n in copy.nodes] == ["sendMail", "terminal"]


@pytest.mark.vcr
def test_list_workflow_nodes(client: Client) -> None:
    nodes = list_workflow_nodes.sync(812, client=client)
    assert all(isinstance(n, WorkflowNode) for n in nodes)
    assert [n.id for n in nodes] == ["welcome", "wait", "stop"]
    assert nodes[0].settings["action"] == "000ABC"
    assert nodes[1].next_ == "stop"
    assert nodes[2].type_ == "terminal"


@pytest.mark.vcr
def test_list_workflow_capping(client: Client) -> None:
    (rule,) = list_workflow_capping.sync(812, client=client)
    assert rule.key.type_ == "literal"
    assert rule.key.value == "contact"
    assert rule.period.value == 1
    assert rule.nodes == ["welcome", "reminder"]


@pytest.mark.vcr
def test_list_workflow_tasks(client: Client) -> None:
    (task,) = list_workflow_tasks.sync(812, client=client)
    assert (task.id, task.handler) == ("daily", "welcome")
    (scheduler,) = task.schedulers
    assert (scheduler.type_, scheduler.hour, scheduler.minute, scheduler.day_of_week) == ("cron", "8", "0", "*")
    assert task.provider.type_ == "search"
    assert task.provider.value["segment"] == 41


def test_update_workflow_sends_content_length_zero() -> None:
    """The PATCH has no body; NP6 still wants a Content-Length."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": 812, "name": "Welcome journey", "state": 1})

    transport = httpx.MockTransport(handler)
    with Client(api_key="k", base_url="https://np6.test", max_retries=0, transport=transport) as np6:
        workflow = update_workflow.sync(812, client=np6)
    assert workflow.id == 812
    (request,) = seen
    assert (request.method, request.headers["Content-Length"], request.content) == ("PATCH", "0", b"")
